#pragma once
// The signed-in user's own inbox (站内消息) as the web UI reads it: GET /api/v1/notifications and marking
// messages read. Every call is scoped to the caller's committee and user; another user's message is 404.
#include <cstdint>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::notify {

// A page of the caller's messages, newest first: {"items","total","unread"}.
nlohmann::json my_inbox(storage::Db& db, const auth::Principal& me, bool unread_only, int64_t page,
                        int64_t page_size);
// Marks one of the caller's messages read (again is fine); 404 if it is not theirs.
// {"id","read_at","unread"}.
nlohmann::json read_one(storage::Db& db, const auth::Principal& me, int64_t id);
// Marks all the caller's messages read: {"marked","unread":0}.
nlohmann::json read_all(storage::Db& db, const auth::Principal& me);

}  // namespace zhixie::notify

namespace zhixie {
struct App;
namespace http {
class Router;
}
namespace routes {
// GET /api/v1/notifications, POST …/{id}/read, POST …/read-all (services/notify/routes.cpp).
void notifications(http::Router& r, App& app);
}  // namespace routes
}  // namespace zhixie
