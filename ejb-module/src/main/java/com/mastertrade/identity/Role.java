package com.mastertrade.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A role row of the tenant (reference data seeded by the tenant migration). */
@Entity
@Table(name = "roles")
@NamedQuery(name = "Role.byName", query = "select r from Role r where r.name = :name")
public class Role {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    @Convert(converter = RoleNameConverter.class)
    private RoleName name;

    protected Role() {
        // for JPA
    }

    public RoleName name() {
        return name;
    }
}
