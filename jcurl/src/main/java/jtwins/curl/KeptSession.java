package jtwins.curl;

/**
 * What a kept connection of a protocol that logs in remembers between transfers (FTP's directory
 * and TYPE, SMTP's greeting done), and the goodbye it says as the connection cache closes it.
 */
interface KeptSession {
    /** ftp_disconnect(), smtp_disconnect(): QUIT, its answer awaited. */
    void farewell();
}
