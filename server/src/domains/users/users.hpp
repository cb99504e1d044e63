#pragma once
// Sign-in accounts of a committee and the roles they hold.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::users {

struct NewUser {
    int64_t committee_id = 0;
    std::string username;
    std::string display_name;
    std::string password;
    std::vector<std::string> roles;
    bool must_change_password = true;
    std::vector<int64_t> unit_ids = {};  // the handling units (承办单位) the user answers for
};

// Validates (username form, password policy, known roles, unique username) and inserts.
// password_hash may be given to skip hashing (seed data hashing once per password).
int64_t create_user(storage::Tx& tx, const audit::Actor& actor, const NewUser& u,
                    const std::optional<std::string>& password_hash = std::nullopt);

// create_user in its own transaction, returning the new user as JSON (POST /users).
nlohmann::json add_user(storage::Db& db, const audit::Actor& actor, const NewUser& u);

struct UserQuery {
    std::string q;  // matches username or display name
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_users(storage::Db& db, const auth::Principal& me, const UserQuery& q);

struct UserChange {
    int64_t id = 0;
    int64_t version = 0;
    std::optional<std::string> display_name;
    std::optional<std::vector<std::string>> roles;
    std::optional<bool> disabled;
    std::optional<std::vector<int64_t>> unit_ids;
};
// 404 for another committee's user, 409 stale_version on a stale version.
nlohmann::json update_user(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                           const UserChange& c);

nlohmann::json user_json(storage::Tx& tx, int64_t committee_id, int64_t id);
// Replaces the handling units a user answers for; 422 unknown_unit for a unit not of the user's committee.
void set_user_units(storage::Tx& tx, int64_t committee_id, int64_t user_id,
                    const std::vector<int64_t>& unit_ids);
nlohmann::json roles_json();

}  // namespace zhixie::users
