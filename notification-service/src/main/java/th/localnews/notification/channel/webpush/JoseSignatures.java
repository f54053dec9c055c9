package th.localnews.notification.channel.webpush;

/** ES256 in JWS is r||s, 32 bytes each (RFC 7518 section 3.4); the JDK signs in ASN.1 DER. */
final class JoseSignatures {

    private JoseSignatures() {
    }

    static byte[] derToJose(byte[] der) {
        // SEQUENCE { INTEGER r, INTEGER s }; with 32-byte integers the sequence length always fits one byte
        int offset = 2;
        if ((der[1] & 0xff) == 0x81) {
            offset = 3;
        }
        byte[] out = new byte[64];
        offset = copyInteger(der, offset, out, 0);
        copyInteger(der, offset, out, 32);
        return out;
    }

    private static int copyInteger(byte[] der, int offset, byte[] out, int outOffset) {
        if (der[offset] != 0x02) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        int length = der[offset + 1] & 0xff;
        int start = offset + 2;
        int skip = Math.max(0, length - 32);
        int copy = length - skip;
        System.arraycopy(der, start + skip, out, outOffset + 32 - copy, copy);
        return start + length;
    }
}
