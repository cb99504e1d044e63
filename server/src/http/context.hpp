#pragma once
// What a route handler gets: the request, its path parameters, the signed-in user and their language.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/error.hpp"
#include "http/message.hpp"

namespace zhixie::http {

class Context {
  public:
    Context(const Request& req, Lang lang) : req_(req), lang_(lang) {}

    const Request& req() const { return req_; }
    Lang lang() const { return lang_; }
    // The parsed JSON body; 400 invalid_json / invalid_utf8 on bad input.
    const nlohmann::json& body();
    // The signed-in user (routes that are not public always have one).
    const auth::Principal& user() const;
    bool signed_in() const { return principal_ != nullptr; }
    audit::Actor actor() const;

    // A numeric path parameter; a non-number is 404 (no such object).
    int64_t id(const std::string& name = "id") const;
    std::string param(const std::string& name) const;
    std::string query(const std::string& name, const std::string& fallback = "") const;
    // A whole-number query parameter; empty when absent, 400 invalid_field when not a number.
    std::optional<int64_t> query_int(const std::string& name) const;
    // page (1-based) and page_size (1..max) from the query string.
    std::pair<int64_t, int64_t> paging(int64_t default_size = 20, int64_t max_size = 200) const;

    // set by the router
    void set_params(std::map<std::string, std::string> p) { params_ = std::move(p); }
    void set_principal(std::shared_ptr<const auth::Principal> p) { principal_ = std::move(p); }

  private:
    const Request& req_;
    Lang lang_;
    std::map<std::string, std::string> params_;
    std::shared_ptr<const auth::Principal> principal_;
    std::optional<nlohmann::json> body_;
};

}  // namespace zhixie::http
