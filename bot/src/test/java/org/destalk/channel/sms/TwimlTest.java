package org.destalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Our TwiML says what the SDK's builder says, and stays well-formed whatever the text holds. */
class TwimlTest {

    private static final String CALLBACK = "https://bot.example.org/sms/twilio/status?a=1&b=2";

    @Test
    void readsTheSameAsTheSdksTwiml() throws Exception {
        List<String> texts = List.of("Hi, I'm Robin.\n\n1 Check my phone\n2 Stay safe", "Tom & Jerry <\"quoted\"> 'single' ñ 😀");
        MessagingResponse.Builder sdk = new MessagingResponse.Builder();
        texts.forEach(text -> sdk.message(new Message.Builder(text).statusCallback(CALLBACK).build()));

        assertThat(read(Twiml.messages(texts, CALLBACK))).isEqualTo(read(sdk.build().toXml())).hasSize(2);
    }

    @Test
    void leavesOutWhatXmlCannotCarry() throws Exception {
        List<String> parsed = read(Twiml.messages(List.of("a\u0000b\u0007c\uD83Dd\uDE00e\uFFFEf 😀\tg"), null));
        assertThat(parsed).containsExactly("abcdef 😀\tg|");
    }

    @Test
    void anEmptyReplyIsAnEmptyResponse() throws Exception {
        assertThat(read(Twiml.messages(List.of(), CALLBACK))).isEmpty();
        assertThat(read(Twiml.EMPTY)).isEmpty();
    }

    /** Each message as "text|statusCallback". */
    private static List<String> read(String twiml) throws Exception {
        Element response = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(twiml)))
                .getDocumentElement();
        assertThat(response.getTagName()).isEqualTo("Response");
        NodeList messages = response.getElementsByTagName("Message");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < messages.getLength(); i++) {
            Element message = (Element) messages.item(i);
            read.add(message.getTextContent() + "|" + message.getAttribute("statusCallback"));
        }
        return read;
    }
}
