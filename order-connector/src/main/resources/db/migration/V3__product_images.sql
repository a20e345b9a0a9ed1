-- A product's picture, for the product cards of chat channels that show images; null when the catalogue has none.

alter table products add column image_url text;
