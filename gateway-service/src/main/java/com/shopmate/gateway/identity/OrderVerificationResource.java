package com.shopmate.gateway.identity;

import com.shopmate.errors.ApiError;
import com.shopmate.errors.ApiException;
import com.shopmate.gateway.publishing.ConversationIds;
import com.shopmate.gateway.sms.PhoneNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;

/**
 * {@code /v1/conversations/{id}/order-verification}: an anonymous visitor verifies for one order with its number, the
 * phone number it was placed with and the code sent there by SMS ({@link OrderCodes}). Only the conversation's
 * visitor may (its visitor token).
 */
@Path("/v1/conversations/{conversationId}/order-verification")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderVerificationResource {

    /** {@code {"orderId": "SO2026...", "phone": "+8613800138000", "locale"?: "zh-CN"}} */
    public record CodeRequest(String orderId, String phone, String locale) {
    }

    /** {@code {"code": "123456"}} */
    public record CodeConfirmation(String code) {
    }

    private final ConversationAccess access;
    private final OrderCodes codes;

    OrderVerificationResource(ConversationAccess access, OrderCodes codes) {
        this.access = access;
        this.codes = codes;
    }

    @POST
    @Operation(summary = "Send an order code", description = "Sends a one-time code by SMS to the phone number given"
            + " for the order. Answers 202 {expiresInSeconds}. At most a few codes an hour, and not twice within a"
            + " minute (429).")
    @APIResponse(responseCode = "202", description = "the code is on its way")
    @APIResponse(responseCode = "400", description = "no order number, or not an E.164 phone number",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "too many codes", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> send(@PathParam("conversationId") String conversationId,
                              @HeaderParam("Authorization") String authorization, CodeRequest request) {
        ConversationIds.requireClientConversationId(conversationId);
        if (request == null || request.orderId() == null || request.orderId().isBlank()) {
            throw ApiException.badRequest("missing_order", "orderId: the order's number");
        }
        String phone = PhoneNumbers.requireE164("phone", request.phone());
        String language = request.locale() != null && request.locale().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
        return access.admitOwningVisitor(conversationId, authorization)
                .chain(() -> codes.send(conversationId, request.orderId().strip(), phone, language))
                .map(validity -> Response.accepted(Map.of("expiresInSeconds", validity.toSeconds())).build());
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Confirm an order code", description = "Answers 200 {verified: true, orderId} when the code"
            + " is the one sent; the conversation's next messages carry identity {phone, orderId, verifiedBy:"
            + " order_code}. 400 for a wrong or expired code, 429 after too many wrong ones.")
    public Uni<Map<String, Object>> confirm(@PathParam("conversationId") String conversationId,
                                            @HeaderParam("Authorization") String authorization,
                                            CodeConfirmation confirmation) {
        ConversationIds.requireClientConversationId(conversationId);
        if (confirmation == null || confirmation.code() == null || confirmation.code().isBlank()) {
            throw ApiException.badRequest("missing_code", "code: the digits the SMS gave");
        }
        return access.admitOwningVisitor(conversationId, authorization)
                .chain(() -> codes.confirm(conversationId, confirmation.code()))
                .call(identity -> access.verifiedForOrder(conversationId, identity))
                .map(identity -> Map.of("verified", true, "orderId", identity.orderId()));
    }
}
