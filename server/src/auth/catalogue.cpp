#include "auth/catalogue.hpp"

#include <stdexcept>

#include "core/embedded.hpp"

namespace zhixie::auth {

const Catalogue& Catalogue::get() {
    static const Catalogue c;
    return c;
}

Catalogue::Catalogue() {
    auto text = embedded::find("config/permissions.json");
    if (!text) throw std::runtime_error("config/permissions.json is not embedded");
    raw_ = nlohmann::json::parse(*text);
    for (const auto& p : raw_.at("permissions"))
        permissions_.insert(p.at("code").get<std::string>());
    for (const auto& r : raw_.at("roles")) {
        RoleDef d{r.at("code"), r.at("zh"), r.at("en"), r.at("permissions").get<std::vector<std::string>>()};
        for (const auto& p : d.permissions)
            if (!permissions_.count(p))
                throw std::runtime_error("role " + d.code + " names unknown permission " + p);
        roles_.push_back(std::move(d));
    }
}

bool Catalogue::is_role(const std::string& code) const {
    for (const auto& r : roles_)
        if (r.code == code) return true;
    return false;
}

std::set<std::string> Catalogue::permissions_for(const std::vector<std::string>& roles) const {
    std::set<std::string> out;
    for (const auto& r : roles_)
        for (const auto& want : roles)
            if (r.code == want) out.insert(r.permissions.begin(), r.permissions.end());
    return out;
}

}  // namespace zhixie::auth
