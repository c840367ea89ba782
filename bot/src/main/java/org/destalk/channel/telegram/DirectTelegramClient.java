package org.destalk.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Bot API calls made on the calling thread. The library's {@code execute} hands each call to OkHttp's
 * dispatcher threads and waits for the answer, a thread switch each way; the outbox already runs every
 * call on a worker of its own, so the hand-over bought nothing and cost about a quarter of the CPU of a
 * turn. The rest is the library's: the method is written by its Jackson annotations and Telegram's
 * answer, errors and {@code retry_after} included, is read by the method itself.
 */
final class DirectTelegramClient extends OkHttpTelegramClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final HttpUrl bot;
    private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();

    DirectTelegramClient(ObjectMapper json, OkHttpClient http, String token, TelegramUrl url) {
        super(json, http, token, url);
        this.http = http;
        this.json = json;
        this.bot = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                .addPathSegment("bot" + token).build();
    }

    @Override
    public <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) throws TelegramApiException {
        if (method == null) {
            throw new TelegramApiException("No method to call");
        }
        method.validate();
        Request request = new Request.Builder()
                .url(urls.computeIfAbsent(method.getMethod(), name -> bot.newBuilder().addPathSegment(name).build()))
                .post(RequestBody.create(body(method), JSON))
                .build();
        // The messages of these exceptions name the method only: the URL carries the bot token.
        try (Response response = http.newCall(request).execute()) {
            ResponseBody answer = response.body();
            return method.deserializeResponse(answer == null ? "" : answer.string());
        } catch (IOException unreachable) {
            throw new TelegramApiException("Unable to execute " + method.getMethod(), unreachable);
        }
    }

    private byte[] body(BotApiMethod<?> method) throws TelegramApiException {
        try {
            return json.writeValueAsBytes(method);
        } catch (JsonProcessingException e) {
            throw new TelegramApiException("Unable to write " + method.getMethod(), e);
        }
    }
}
