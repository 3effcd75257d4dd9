package com.mastertrade.web.store;

import jakarta.faces.application.Application;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's CSP nonce ({@code primefaces.nonce}), which PrimeFaces checks on each post-back.
 * PrimeFaces' script adds it to the forms of pages that load it; pages without a PrimeFaces component (the
 * dashboard's buttons, the sandbox's checkout, the reset link's form) do not load that script, so the field is
 * written with the form here. The nonce is base64: nothing to escape.
 */
public class NonceInForms implements SystemEventListener {

    private static final String MARK = NonceInForms.class.getName();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIForm form = (UIForm) event.getSource();
        if (form.getChildren().stream().anyMatch(child -> child.getAttributes().containsKey(MARK))) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Application application = context.getApplication();
        UIOutput field = (UIOutput) application.createComponent(UIOutput.COMPONENT_TYPE);
        field.getAttributes().put(MARK, true);
        field.setTransient(true);
        field.setValueExpression(
                "value",
                application
                        .getExpressionFactory()
                        .createValueExpression(context.getELContext(), "#{storeFront.formNonce}", String.class));
        field.getAttributes().put("escape", false);
        form.getChildren().add(field);
    }

    /** The hidden field itself, for the page being rendered. */
    static String field(FacesContext context) {
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
    }
}
