package org.dialogues.review;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Signing in and out. A sign-in always opens a new session, whatever cookie came with it. */
final class LoginPage {

    static final String LOGIN_COOKIE = "dialogues_login";
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SignIn signIn;
    private final Sessions sessions;
    private final Tokens tokens;

    LoginPage(SignIn signIn, Sessions sessions, Tokens tokens) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    void show(Context ctx) {
        render(ctx, HttpStatus.OK, null, "");
    }

    void submit(Context ctx) {
        // Before a session there is no session token: the form's token must match its own cookie.
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || !Tokens.same(token, ctx.formParam(Security.CSRF_FIELD))) {
            throw HttpProblem.forbidden("The sign-in form carries no valid security token: open the sign-in page again and retry.");
        }
        String name = ctx.formParam("name");
        SignIn.Outcome outcome = signIn.attempt(name, ctx.formParam("password"), ctx.ip());
        if (outcome instanceof SignIn.Accepted accepted) {
            open(ctx, accepted.accountId());
        } else if (outcome instanceof SignIn.Throttled throttled) {
            render(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this name or from this address: "
                    + "wait 15 minutes and try again (after " + CLOCK.format(throttled.retryAt()) + ").", name);
        } else {
            render(ctx, HttpStatus.UNAUTHORIZED, "Wrong name or password, or the account is disabled.", name);
        }
    }

    void logout(Context ctx) {
        sessions.close(ctx.cookie(Security.SESSION_COOKIE));
        Security.setCookie(ctx, Security.SESSION_COOKIE, "", "/", 0);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void open(Context ctx, long accountId) {
        sessions.close(ctx.cookie(Security.SESSION_COOKIE));
        sessions.sweep();
        String session = sessions.open(accountId, ctx.ip());
        Security.setCookie(ctx, Security.SESSION_COOKIE, session, "/", (int) Sessions.IDLE.toSeconds());
        Security.setCookie(ctx, LOGIN_COOKIE, "", "/login", 0);
        ctx.redirect(Security.localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, String error, String name) {
        // Keep the token the browser already has: a second sign-in page opened meanwhile (another
        // tab, a redirected favicon request) must not invalidate the form on screen.
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            token = tokens.next();
            Security.setCookie(ctx, LOGIN_COOKIE, token, "/login", 3600);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", token);
        model.put("error", error);
        model.put("name", name == null ? "" : name);
        model.put("next", Security.localPath(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        ctx.status(status).render("login", model);
    }
}
