package com.shopmate.errors.http;

import com.shopmate.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** A JSON endpoint as the services have them, for the framework's errors around it. */
@Path("/echo")
public class EchoResource {

    public record Note(String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Note echo(Note note) {
        if ("refuse".equals(note.text())) {
            throw ApiException.badRequest("refused", "told to refuse");
        }
        if ("fail".equals(note.text())) {
            throw new IllegalStateException("a bug at com.shopmate.Secret");
        }
        return note;
    }

    @POST
    @Path("/text")
    @Consumes(MediaType.TEXT_PLAIN)
    public String text(String body) {
        return body;
    }
}
