package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** The decoded bytes as the next decoder in the stack receives them. */
final class CollectedBody extends HttpExchange.BodyDecoder {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    void write(ByteBuffer data, BodySink sink) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        bytes.write(b, 0, b.length);
    }
}
