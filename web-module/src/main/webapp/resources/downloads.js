// The downloads page (/downloads?license=<id>): sign in through the store's API, then ask for a download link
// of the licence's current release and follow it. The token stays in this page's memory only.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var page = document.getElementById("downloads");
  if (!page) {
    return;
  }
  var api = page.dataset.api;
  var license = new URLSearchParams(window.location.search).get("license");
  var session = null;

  function show(id, text) {
    document.getElementById(id).textContent = text == null ? "" : text;
  }

  function fail(error) {
    var messages = {
      INVALID_CREDENTIALS: page.dataset.errorCredentials,
      UNAUTHORIZED: page.dataset.errorCredentials,
      LICENSE_NOT_FOUND: page.dataset.errorLicense,
      VALIDATION_FAILED: page.dataset.errorLicense,
      LICENSE_NOT_ACTIVE: page.dataset.errorNotActive,
      ORDER_NOT_PAID: page.dataset.errorNotActive,
      QUOTA_EXCEEDED: page.dataset.errorQuota,
      NO_RELEASE: page.dataset.errorNoRelease
    };
    show("error", messages[error && error.code] || page.dataset.errorOther);
  }

  function call(method, path, body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (session) {
      headers.Authorization = "Bearer " + session;
    }
    return fetch(api + path, { method: method, headers: headers, body: JSON.stringify(body) })
      .then(function (answer) {
        return answer.json().catch(function () { return {}; }).then(function (json) {
          if (!answer.ok) {
            throw json.error || {};
          }
          return json;
        });
      });
  }

  function link() {
    if (!/^\d{1,18}$/.test(license || "")) {
      return Promise.reject({ code: "LICENSE_NOT_FOUND" });
    }
    return call("POST", "/downloads/generate", { license_id: Number(license) });
  }

  document.getElementById("sign-in").addEventListener("submit", function (event) {
    event.preventDefault();
    show("error", "");
    call("POST", "/auth/login", {
      email: document.getElementById("email").value,
      password: document.getElementById("password").value
    }).then(function (signedIn) {
      session = signedIn.token;
      return link();
    }).then(function (offered) {
      var release = offered.release;
      show("release-version", release.version);
      show("release-file", release.file_name);
      show("release-size", new Intl.NumberFormat(document.documentElement.lang).format(release.size));
      show("release-sha256", release.sha256);
      show("release-changelog", release.changelog);
      if (offered.downloads_left_today != null) {
        show("left", page.dataset.left.replace("{0}", offered.downloads_left_today));
      }
      document.getElementById("sign-in").hidden = true;
      document.getElementById("release").hidden = false;
    }).catch(fail);
  });

  document.getElementById("download").addEventListener("submit", function (event) {
    event.preventDefault();
    show("error", "");
    link().then(function (fresh) {
      window.location.assign(fresh.url);
    }).catch(fail);
  });
});
