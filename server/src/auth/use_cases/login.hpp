#pragma once
#include <string>

#include "auth/principal.hpp"
#include "auth/sessions.hpp"
#include "storage/db.hpp"

namespace zhixie::auth {

struct LoginInput {
    std::string committee_code;
    std::string username;
    std::string password;
    std::string ip;
    std::string user_agent;
};

struct LoginResult {
    Principal principal;  // with session_id and csrf_token set
    std::string token;    // for the cookie
};

// Signs a user in. Wrong committee, unknown user and wrong password all throw the same 401
// invalid_credentials; too many recent failures throw 423 account_locked with retry_after_seconds.
LoginResult login(storage::Db& db, const LoginInput& in, const AuthSettings& s);

}  // namespace zhixie::auth
