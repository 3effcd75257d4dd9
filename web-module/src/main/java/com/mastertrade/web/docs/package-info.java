/** The browsable API reference at {@code /api/docs}: Swagger UI over the generated {@code /openapi} document. */
package com.mastertrade.web.docs;
