#!/usr/bin/env bash
# Renders Mastertrade's asadmin command templates (config/*.asadmin) from MT_* environment variables.
#
# usage: render-asadmin.sh multimode|postboot TEMPLATE... [NAME=VALUE...]   (rendered commands on stdout)
#
#   multimode  for `asadmin multimode --file` (./mastertrade). User names and passwords become ${ENV=MT_...}
#              references that Payara resolves from the server's environment at run time: domain.xml never
#              holds them, and they may contain any character.
#   postboot   for a Payara post-boot command file (Docker image). Payara expands ${ENV=...} while it reads
#              such a file, before splitting lines into words, so values are written out as they are and
#              must not contain blanks, quotes or "${" (the renderer refuses them).
#   NAME=VALUE fills @NAME@ with VALUE as it is (e.g. MT_HEAP=1g DEFAULT_XMX=-Xmx512m).
#
# Reads: MT_DB_URL (jdbc:postgresql://host[:port]/database[?param=value&...], required), MT_DB_USER (postgres),
# MT_DB_PASSWORD, MT_SMTP_HOST (127.0.0.1), MT_SMTP_PORT (2525), MT_MAIL_FROM (no-reply@mastertrade.local),
# MT_SMTP_USER, MT_SMTP_PASSWORD, MT_SMTP_STARTTLS (true/false).
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true   # bash 5.2: keep "&" in replacement values literal

die() { echo "render-asadmin: $*" >&2; exit 1; }

dialect=${1:-}
[[ $dialect == multimode || $dialect == postboot ]] || die "usage: render-asadmin.sh multimode|postboot TEMPLATE... [NAME=VALUE...]"
shift

# Escapes a value inside an asadmin property list (name=value:name=value).
prop_escape() {
    local v=$1
    v=${v//\\/\\\\}; v=${v//:/\\:}; v=${v//=/\\=}
    printf '%s' "$v"
}

# Makes a value one word of the command file.
word() {
    local v=$1
    if [[ $dialect == multimode ]]; then    # multimode splits like a shell: escape what it would eat
        v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\'/\\\'}; v=${v// /\\ }
    elif [[ $v =~ [[:space:]\"\'] || $v == *'${'* ]]; then
        die "values in a post-boot file may not contain blanks, quotes or \${ (check the MT_* variables)"
    fi
    printf '%s' "$v"
}

# A user name or password: a reference resolved by the server (multimode), or the value itself (postboot).
secret() {
    if [[ $dialect == multimode ]]; then printf '${ENV=%s}' "$1"; else printf '%s' "${!1:-}"; fi
}

MT_DB_USER=${MT_DB_USER:-postgres}

# --- database: split the JDBC URL into the DataSource properties -------------------------------------------
url=${MT_DB_URL:?MT_DB_URL is required}
[[ $url =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]] \
    || die "MT_DB_URL must look like jdbc:postgresql://host[:port]/database[?param=value&...]: $url"
db_props="serverName=$(prop_escape "${BASH_REMATCH[1]}"):portNumber=${BASH_REMATCH[3]:-5432}"
db_props+=":databaseName=$(prop_escape "${BASH_REMATCH[4]}")"
db_props+=":user=$(prop_escape "$(secret MT_DB_USER)"):password=$(prop_escape "$(secret MT_DB_PASSWORD)")"
if [[ -n ${BASH_REMATCH[6]} ]]; then        # URL parameters (sslmode=require, ...) are DataSource properties too
    IFS='&' read -ra params <<< "${BASH_REMATCH[6]}"
    for p in "${params[@]}"; do
        [[ $p == *=* ]] || die "URL parameter without a value: $p"
        db_props+=":$(prop_escape "${p%%=*}")=$(prop_escape "${p#*=}")"
    done
fi

# --- mail ------------------------------------------------------------------------------------------------
mail_props="mail.smtp.port=${MT_SMTP_PORT:-2525}"
mail_props+=":mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000:mail.smtp.writetimeout=10000"
smtp_user=mastertrade                      # --mailuser is mandatory; unused while mail.smtp.auth is off
if [[ -n ${MT_SMTP_USER:-} ]]; then
    smtp_user=$(secret MT_SMTP_USER)
    mail_props+=":mail.smtp.auth=true:mail.smtp.password=$(prop_escape "$(secret MT_SMTP_PASSWORD)")"
fi
if [[ ${MT_SMTP_STARTTLS:-false} == true ]]; then
    mail_props+=":mail.smtp.starttls.enable=true:mail.smtp.starttls.required=true"
fi

declare -A values
values[DB_PROPERTIES]=$(word "$db_props")
values[SMTP_HOST]=$(word "${MT_SMTP_HOST:-127.0.0.1}")
values[SMTP_USER]=$(word "$smtp_user")
values[MAIL_FROM]=$(word "${MT_MAIL_FROM:-no-reply@mastertrade.local}")
values[MAIL_PROPERTIES]=$(word "$mail_props")

# --- templates and NAME=VALUE arguments ------------------------------------------------------------------
templates=()
for arg in "$@"; do
    if [[ $arg =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]]; then
        values[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
    else
        [[ -r $arg ]] || die "cannot read template $arg"
        templates+=("$arg")
    fi
done
(( ${#templates[@]} )) || die "no template given"

# Drop comments and blank lines, join continuation lines, then fill the placeholders (unknown ones are errors).
text=$(cat "${templates[@]}" | sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' -e ':a' -e '/\\$/N; s/[[:space:]]*\\\n[[:space:]]*/ /; ta')
while [[ $text =~ @([A-Z_][A-Z0-9_]*)@ ]]; do
    name=${BASH_REMATCH[1]}
    [[ -v values[$name] ]] || die "no value for @$name@"
    text=${text//"@$name@"/"${values[$name]}"}
done
printf '%s\n' "$text"
