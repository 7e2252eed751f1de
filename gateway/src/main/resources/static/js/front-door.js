// The front door's own page: who is signed in, and a logout form carrying the CSRF token.
// No inline script anywhere: the Content-Security-Policy allows scripts from this origin only.
(function () {
  "use strict";

  // the roles intake lets report a concern signed in (/indberetning/ny); everyone can use the public form
  const REPORTING_ROLES = ["reporter", "municipal-coordinator", "police-coordinator"];

  function cookie(name) {
    const prefix = name + "=";
    const found = document.cookie.split("; ").find((c) => c.startsWith(prefix));
    return found ? decodeURIComponent(found.substring(prefix.length)) : "";
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelector("#logout input[name=_csrf]").value = cookie("XSRF-TOKEN");

    fetch("/api/me", { headers: { Accept: "application/json" } })
      .then((response) => {
        if (response.status === 401) {
          window.location.assign("/oauth2/authorization/infohus");
          return null;
        }
        return response.json();
      })
      .then((me) => {
        if (!me) {
          return;
        }
        const text = [me.name || me.username, me.role, me.municipality].filter(Boolean).join(", ");
        document.getElementById("who").textContent = text;
        document.getElementById("who-en").textContent = text;
        if (REPORTING_ROLES.includes(me.role)) {
          document.getElementById("report-signed-in").hidden = false;
        }
      });
  });
})();
