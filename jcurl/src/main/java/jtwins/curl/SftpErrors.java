package jtwins.curl;

import com.jcraft.jsch.SftpException;

/** An SFTP status code as curl words and numbers it (sftp_libssh2_strerror(), sftp_libssh2_error_to_CURLE()). */
final class SftpErrors {
    private SftpErrors() {
    }

    static String text(int status) {
        return switch (status) {
            case 2, 10 -> "No such file or directory";
            case 3 -> "Permission denied";
            case 4 -> "Operation failed";
            case 5 -> "Bad message from SFTP server";
            case 6 -> "Not connected to SFTP server";
            case 7 -> "Connection to SFTP server lost";
            case 8 -> "Operation not supported by SFTP server";
            case 9 -> "Invalid handle";
            case 11 -> "File already exists";
            case 12 -> "File is write protected";
            case 13 -> "No media";
            case 14 -> "Disk full";
            case 15 -> "User quota exceeded";
            case 16 -> "Unknown principle";
            case 17 -> "File lock conflict";
            case 18 -> "Directory not empty";
            case 19 -> "Not a directory";
            case 20 -> "Invalid filename";
            case 21 -> "Link points to itself";
            default -> "Unknown error in libssh2";
        };
    }

    /** The code a refused request ends the transfer with: 79 (CURLE_SSH) for those curl does not name. */
    static CurlCode code(int status) {
        return switch (status) {
            case 0 -> CurlCode.OK;
            case 2, 10 -> CurlCode.REMOTE_FILE_NOT_FOUND;
            case 3, 12, 17 -> CurlCode.REMOTE_ACCESS_DENIED;
            case 14, 15 -> CurlCode.REMOTE_DISK_FULL;
            case 11 -> CurlCode.REMOTE_FILE_EXISTS;
            case 18 -> CurlCode.QUOTE_ERROR;
            default -> CurlCode.SSH;
        };
    }

    /** A request the library could not make at all (the session gone): 79 with its words on -v only. */
    static TransferFailed failure(SftpException e) {
        return TransferFailed.withoutFailf(code(e.id));
    }
}
