package com.mastertrade.identity;

import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Looks users up for a caller, who sees only what the roles allow. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    /** Yourself, or anyone of the store for staff; anyone else is "not found", not "forbidden". */
    public User get(long id, Caller caller) {
        User user = caller.maySee(id) ? em.find(User.class, id) : null;
        if (user == null) {
            throw new NotFoundException("USER_NOT_FOUND", "No user " + id);
        }
        return user;
    }

    public Page<User> page(PageRequest request) {
        List<User> items = em.createNamedQuery("User.page", User.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createNamedQuery("User.count", Long.class).getSingleResult();
        return Page.of(items, request, total);
    }
}
