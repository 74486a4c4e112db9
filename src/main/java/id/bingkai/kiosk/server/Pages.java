// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import id.bingkai.core.i18n.Messages;
import java.util.Objects;

/**
 * The few small HTML pages a phone sees, in the kiosk's language: the download page, the upload page and the one
 * "not found" page every wrong, expired or revoked address gets. Mobile-first, no external resources (the phone
 * may have no internet), every inserted text HTML-escaped.
 */
final class Pages {
    static final String HASHTAG = "#ASNpilihNETRAL";
    private static final String STYLE = "body{font-family:sans-serif;margin:0;padding:16px;background:#f4f6f8;"
            + "color:#1b1f23;text-align:center}img{max-width:100%;height:auto;border-radius:8px;"
            + "box-shadow:0 2px 8px #0003}a.b,button{display:block;margin:16px auto;padding:16px;font-size:20px;"
            + "border-radius:8px;border:0;background:#b3261e;color:#fff;text-decoration:none;max-width:420px;"
            + "width:100%;box-sizing:border-box}"
            + "p.c{background:#fff;padding:12px;border-radius:8px;text-align:left;user-select:all}"
            + "input{font-size:18px;margin:16px auto;display:block}";
    private final Messages messages;

    Pages(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The caption, with the campaign tag added when the text lacks it. */
    static String caption(String text) {
        return text.contains(HASHTAG) ? text : (text.isBlank() ? HASHTAG : text.strip() + " " + HASHTAG);
    }

    String download(String token, Published published) {
        String image = "/d/" + token + "/foto." + published.extension();
        String save = "/d/" + token + "/unduh";
        return page(messages.get("kiosk.web.download.title"),
                "<img src=\"" + image + "\" alt=\"" + esc(messages.get("kiosk.web.download.alt")) + "\">"
                        + "<a class=\"b\" href=\"" + save + "\" download=\"bingkai." + published.extension() + "\">"
                        + esc(messages.get("kiosk.web.download.button")) + "</a>"
                        + "<p>" + esc(messages.get("kiosk.web.download.captionHint")) + "</p>"
                        + "<p class=\"c\">" + esc(caption(published.caption())) + "</p>"
                        + "<p><small>" + esc(messages.get("kiosk.web.download.expires")) + "</small></p>", "");
    }

    String upload(String nonce) {
        String script = "<script nonce=\"" + nonce + "\">"
                + "document.getElementById('b').onclick=async function(){"
                + "var f=document.getElementById('f').files[0],s=document.getElementById('s');"
                + "if(!f){return;}s.textContent='" + js(messages.get("kiosk.web.upload.sending")) + "';"
                + "try{var r=await fetch(location.pathname,{method:'POST',body:f,"
                + "headers:{'Content-Type':'application/octet-stream'}});s.textContent=await r.text();}"
                + "catch(e){s.textContent='" + js(messages.get("kiosk.web.upload.failed")) + "';}};</script>";
        return page(messages.get("kiosk.web.upload.title"),
                "<p>" + esc(messages.get("kiosk.web.upload.hint")) + "</p>"
                        + "<input type=\"file\" id=\"f\" accept=\"image/jpeg,image/png,image/webp\">"
                        + "<button id=\"b\">" + esc(messages.get("kiosk.web.upload.button")) + "</button>"
                        + "<p id=\"s\" role=\"status\"></p>", script);
    }

    String notFound() {
        return page(messages.get("kiosk.web.notFound.title"),
                "<p>" + esc(messages.get("kiosk.web.notFound.text")) + "</p>", "");
    }

    private String page(String title, String body, String script) {
        return "<!DOCTYPE html><html lang=\"" + messages.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + esc(title) + "</title><style>" + STYLE
                + "</style></head><body><h1>" + esc(title) + "</h1>" + body + script + "</body></html>";
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** For a text inside a single-quoted script string (our own messages only). */
    private static String js(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\x3c").replace("\n", " ");
    }
}
