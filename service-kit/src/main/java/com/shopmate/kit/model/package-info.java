/**
 * Reloadable models, the same in every model service: a {@link com.shopmate.kit.model.ModelFolder} of saved
 * versions with an active pointer, the {@link com.shopmate.kit.model.ReloadableModel} that serves one and swaps it,
 * the {@code /admin/{kind}/model} API ({@link com.shopmate.kit.model.ModelAdminResource}) and the
 * {@code ModelActivated} announcements that reach every replica. A service brings only a
 * {@link com.shopmate.kit.model.ModelLoader} for its kind and produces its {@code ReloadableModel} as a CDI bean.
 */
package com.shopmate.kit.model;
