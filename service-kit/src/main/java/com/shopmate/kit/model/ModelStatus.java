package com.shopmate.kit.model;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /admin/{kind}/model} answers, and activate and reload after they swapped.
 *
 * @param activeVersion  the version the active pointer names, or null when there is no pointer
 * @param servingVersion the saved version this replica serves, or null for the built-in model
 * @param modelVersion   what the served model reports on its events
 * @param source         why it serves it: {@code active}, {@code newest} (no pointer) or {@code built-in}
 * @param loadedAt       when this replica swapped it in
 * @param versions       the saved versions, by name
 * @param folder         the models folder
 */
public record ModelStatus(String kind, String activeVersion, String servingVersion, String modelVersion,
                          ModelSource source, Instant loadedAt, List<String> versions, String folder) {
}
