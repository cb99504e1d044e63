#include "domains/office/care/care.hpp"

namespace zhixie::office::care {

nlohmann::json list_templates(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& kind : kKinds) {
        auto t = template_for(tx, me.committee_id, kind);
        t["kind_name"] = kind_name(kind);
        t["condolence"] = is_condolence(kind);
        items.push_back(std::move(t));
    }
    return {{"items", items}, {"total", items.size()}, {"placeholders", kPlaceholders}};
}

}  // namespace zhixie::office::care
