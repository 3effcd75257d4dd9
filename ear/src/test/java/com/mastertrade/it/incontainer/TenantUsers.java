package com.mastertrade.it.incontainer;

import com.mastertrade.identity.User;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the users of whatever tenant the calling thread works for, each with its related role. */
@Stateless
public class TenantUsers {

    @PersistenceContext(unitName = "isolation")
    EntityManager em;

    public List<String> emailsWithRoles() {
        return em.createQuery("select u from User u order by u.id", User.class).getResultList().stream()
                .map(u -> u.email() + "|" + u.role().apiName())
                .toList();
    }
}
