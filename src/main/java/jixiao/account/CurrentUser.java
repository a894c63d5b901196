package jixiao.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account, as Spring Security sees it.
 *
 * @param passwordChangeRequired the password was set by someone else (a first password, a reset) or has expired: the
 *     user may do nothing but change it
 */
public record CurrentUser(Account account, boolean locked, boolean passwordChangeRequired) implements UserDetails {

    public CurrentUser(Account account, boolean locked) {
        this(account, locked, false);
    }

    /** The same user without the password hash: what a session keeps once the password was checked. */
    public CurrentUser withoutPasswordHash() {
        Account a = account;
        return new CurrentUser(
                new Account(
                        a.id(),
                        a.username(),
                        "",
                        a.displayName(),
                        a.role(),
                        a.unitId(),
                        a.regionId(),
                        a.failedLogins(),
                        a.lockedUntil(),
                        a.enabled()),
                locked,
                passwordChangeRequired);
    }

    public Role role() {
        return account.role();
    }

    public Long unitId() {
        return account.unitId();
    }

    public Long regionId() {
        return account.regionId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
