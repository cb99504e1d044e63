#include "app/app.hpp"

#include "app/routes.hpp"
#include "domains/duty/duty_routes.hpp"
#include "auth/catalogue.hpp"
#include "http/static_files.hpp"
#include "services/notify/inbox.hpp"

namespace zhixie {

auth::AuthSettings auth_settings(const Config& c) {
    return {c.session_idle_minutes, c.session_absolute_hours, c.lockout_attempts, c.lockout_minutes, c.demo,
            c.cookie_secure};
}

std::unique_ptr<http::Router> make_router(App& app) {
    std::shared_ptr<http::StaticFiles> files;
    if (!app.config.web_root.empty()) files = std::make_shared<http::StaticFiles>(app.config.web_root);
    http::Router::Hooks hooks;
    hooks.authenticate = [&app](const http::Request& req) -> auth::PrincipalPtr {
        auto token = req.cookie(auth::kSessionCookie);
        return token ? auth::find_session(*app.db, *token, app.auth) : nullptr;
    };
    hooks.authenticated_in_memory = [&app](const http::Request& req) {
        auto token = req.cookie(auth::kSessionCookie);
        return token && auth::find_cached_session(*token, app.auth) != nullptr;
    };
    if (files) hooks.fallback = [files](const http::Request& req) { return files->serve(req); };
    hooks.permission_known = [](const std::string& p) { return auth::Catalogue::get().is_permission(p); };

    auto router = std::make_unique<http::Router>(std::move(hooks));
    routes::health(*router, app);
    routes::auth(*router, app);
    routes::committees(*router, app);
    routes::users(*router, app);
    routes::audit(*router, app);
    routes::workflows(*router, app);
    routes::org(*router, app);
    routes::staff(*router, app);
    routes::members(*router, app);
    routes::liaison(*router, app);
    routes::proposals(*router, app);
    routes::office(*router, app);
    routes::info(*router, app);
    routes::consultation(*router, app);
    routes::duty(*router, app);
    routes::notifications(*router, app);
    routes::meetings(*router, app);
    routes::conversion(*router, app);
    return router;
}

}  // namespace zhixie
