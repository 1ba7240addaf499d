package org.dialogues.review;

/**
 * A request the workbench refuses, with the HTTP status and the one line shown on the page:
 * a malformed or forged value (400), a missing form token or a viewer trying to change (403),
 * something that does not exist (404).
 */
final class HttpProblem extends RuntimeException {

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HttpProblem badInput(String message) {
        return new HttpProblem(400, message);
    }

    static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    int status() {
        return status;
    }
}
