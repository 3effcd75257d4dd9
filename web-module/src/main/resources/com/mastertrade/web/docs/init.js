window.ui = SwaggerUIBundle({ url: "/openapi?format=json", dom_id: "#swagger-ui", deepLinking: true });
