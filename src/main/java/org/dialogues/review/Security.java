package org.dialogues.review;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every request passes first: security headers, the session (no page without one), and on
 * every POST the form token and the role. Sign-in has its own token, as it comes before a session.
 */
final class Security {

    static final String SESSION_COOKIE = "dialogues_session";
    static final String CSRF_FIELD = "csrf";
    static final String SIGNED_IN = "signedIn";

    // No inline script or style anywhere: the one script and the one stylesheet are static files.
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;

    Security(Sessions sessions) {
        this.sessions = sessions;
    }

    void before(Context ctx) {
        headers(ctx);
        String path = ctx.path();
        if (path.startsWith("/static/") || path.equals("/login") || path.equals("/favicon.ico")) {
            return;
        }
        Optional<SignedIn> who = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (who.isEmpty()) {
            String next = ctx.method() == HandlerType.GET ? "?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8) : "";
            ctx.redirect("/login" + next, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SIGNED_IN, who.get());
        if (ctx.method() == HandlerType.POST) {
            checkPost(ctx, who.get());
        }
    }

    private static void checkPost(Context ctx, SignedIn who) {
        if (!Tokens.same(who.csrfToken(), ctx.formParam(CSRF_FIELD))) {
            throw HttpProblem.forbidden("This form carries no valid security token (it did not come from this workbench, "
                    + "or you signed in again since it was opened): reload the page and try again. Nothing was changed.");
        }
        if (!who.role().mayChange() && !ctx.path().equals("/logout")) {
            throw HttpProblem.forbidden("You are signed in as " + who.name() + ", a viewer: viewers can read everything "
                    + "but change nothing. Ask an archivist to make the change. Nothing was changed.");
        }
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", ctx.path().startsWith("/static/") ? "no-cache" : "no-store");
    }

    /** A cookie only this site's own requests send, never readable by script. */
    static void setCookie(Context ctx, String name, String value, String path, int maxAgeSeconds) {
        String secure = ctx.req().isSecure() ? "; Secure" : "";
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + secure);
    }

    static SignedIn signedIn(Context ctx) {
        SignedIn who = ctx.attribute(SIGNED_IN);
        if (who == null) {
            throw new IllegalStateException("no session on " + ctx.path());
        }
        return who;
    }

    /** A place to return to after sign-in: a path of this site only, never another site. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.length() > 500
                || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null ? "" : "?" + query);
    }
}
