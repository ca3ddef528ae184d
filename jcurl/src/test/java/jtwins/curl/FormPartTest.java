package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jtwins.common.Diagnostics;
import org.junit.jupiter.api.Test;

/** tool_formparse.c's reading of -F and lib/mime.c's body, as curl's tests 9, 39, 186, 277 and 1133 showed them. */
class FormPartTest {
    private static final ToolMessages MESSAGES = new ToolMessages(new Diagnostics(ToolMessages.PROGRAM), new CurlConfig());

    @Test
    void parametersQuotesAndTypes() {
        FormPart f = FormPart.parse("file=@\"a,b;.txt\";type=mo/foo;filename=\"fake\\\"r\"", false, MESSAGES);
        assertEquals("file", f.name);
        assertEquals("a,b;.txt", f.file);
        assertEquals("mo/foo", f.type);
        assertEquals("fake\"r", f.filename);
        assertEquals("text/html;charset=verymoo", FormPart.parse("h= <b>;type=text/html;charset=verymoo", false,
                MESSAGES).type, "an unknown parameter right after type= is more of the type");
        assertEquals("@literal", FormPart.parse("s=@literal", true, MESSAGES).value, "--form-string takes it as it is");
        assertEquals(2, FormPart.parse("f=@a,b", false, MESSAGES).files.size());
        assertNull(FormPart.parse("f=@a;type=nonsense", false, MESSAGES), "a type without a '/' is refused");
    }

    @Test
    void theBodyAsMimeWritesIt() throws Exception {
        MimeBody.Built b = MimeBody.build(List.of(FormPart.parse("name=dan iel", false, MESSAGES),
                FormPart.parse("q\"x=1", false, MESSAGES)), null, false);
        String boundary = b.contentType().substring("multipart/form-data; boundary=".length());
        assertEquals(40, boundary.length());
        assertTrue(boundary.startsWith("------------------------"));
        assertEquals("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\ndan iel\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"q%22x\"\r\n\r\n1\r\n"
                + "--" + boundary + "--\r\n", b.body());
        MimeBody.Built other = MimeBody.build(List.of(FormPart.parse("name=x", false, MESSAGES)), "text/info", false);
        assertTrue(other.body().contains("Content-Disposition: attachment; name=\"name\""),
                "under another type than multipart/form-data the parts are attachments");
        assertTrue(other.contentType().startsWith("text/info; boundary="));
    }
}
