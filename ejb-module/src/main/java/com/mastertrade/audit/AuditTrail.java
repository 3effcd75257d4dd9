package com.mastertrade.audit;

import com.mastertrade.shared.Actor;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/** Appends to the audit log, inside the caller's transaction so the entry exists exactly when the action does. */
@Stateless
public class AuditTrail {

    private static final String TENANT_SQL = "INSERT INTO audit_logs "
            + "(actor_id, actor_label, action, target_type, target_id, details, ip, request_id) "
            + "VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)";
    private static final String PLATFORM_SQL = "INSERT INTO platform.audit_logs "
            + "(operator_id, action, target_type, target_id, details, ip, request_id) "
            + "VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?)";

    @PersistenceContext
    EntityManager em;

    /** An action inside the current tenant. */
    public void record(Actor actor, String action, String targetType, Object targetId, Map<String, ?> details) {
        TenantContext.require();
        em.createNativeQuery(TENANT_SQL)
                .setParameter(1, actor.userId())
                .setParameter(2, actor.label())
                .setParameter(3, action)
                .setParameter(4, targetType)
                .setParameter(5, targetId == null ? null : targetId.toString())
                .setParameter(6, json(details))
                .setParameter(7, actor.ip())
                .setParameter(8, actor.requestId())
                .executeUpdate();
    }

    /**
     * A user's account is erased: the entries of their actions stay (the log is kept a year) but no longer say
     * who they were or where they acted from, only {@code label}.
     */
    public void forgetActor(long userId, String label) {
        em.createNativeQuery("UPDATE audit_logs SET actor_label = ?, ip = NULL WHERE actor_id = ?")
                .setParameter(1, label)
                .setParameter(2, userId)
                .executeUpdate();
    }

    /** An operator's action on the platform (tenants, plans). */
    public void recordPlatform(
            Actor operator, String action, String targetType, Object targetId, Map<String, ?> details) {
        em.createNativeQuery(PLATFORM_SQL)
                .setParameter(1, operator.userId())
                .setParameter(2, action)
                .setParameter(3, targetType)
                .setParameter(4, targetId == null ? null : targetId.toString())
                .setParameter(5, json(details))
                .setParameter(6, operator.ip())
                .setParameter(7, operator.requestId())
                .executeUpdate();
    }

    private static String json(Map<String, ?> details) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        details.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else if (value instanceof Number number) {
                object.add(key, Json.createValue(number.longValue()));
            } else if (value instanceof Boolean flag) {
                object.add(key, flag);
            } else {
                object.add(key, value.toString());
            }
        });
        return object.build().toString();
    }
}
