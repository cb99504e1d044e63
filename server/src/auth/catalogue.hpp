#pragma once
// The permission catalogue and default roles from config/permissions.json (embedded at build time),
// the same file the web UI reads.
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace zhixie::auth {

struct RoleDef {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::vector<std::string> permissions;
};

class Catalogue {
  public:
    static const Catalogue& get();
    bool is_permission(const std::string& code) const { return permissions_.count(code) > 0; }
    bool is_role(const std::string& code) const;
    const std::vector<RoleDef>& roles() const { return roles_; }
    const std::set<std::string>& permissions() const { return permissions_; }
    std::set<std::string> permissions_for(const std::vector<std::string>& roles) const;
    const nlohmann::json& raw() const { return raw_; }

  private:
    Catalogue();
    nlohmann::json raw_;
    std::set<std::string> permissions_;
    std::vector<RoleDef> roles_;
};

}  // namespace zhixie::auth
