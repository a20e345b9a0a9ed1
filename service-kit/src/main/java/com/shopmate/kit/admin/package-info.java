/** The operator credential: the admin token every request under {@code /admin/} must carry. */
package com.shopmate.kit.admin;
