#pragma once
// The services a running server holds, built once in main and handed to each domain's routes.
#include <memory>

#include "auth/sessions.hpp"
#include "core/config.hpp"
#include "http/router.hpp"
#include "storage/db.hpp"

namespace zhixie {

struct App {
    Config config;
    std::unique_ptr<storage::Db> db;
    auth::AuthSettings auth;
};

auth::AuthSettings auth_settings(const Config& c);

// Builds the router with every route of every domain and the middleware hooks.
// web_root may be empty (API only).
std::unique_ptr<http::Router> make_router(App& app);

}  // namespace zhixie
