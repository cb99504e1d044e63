// An office administrator edits their committee's copy of a workflow (PUT /api/v1/workflows/{id}): names,
// the permission each step needs, deadlines and on-enter actions may change, and states and steps may be
// added. The steps the product itself takes (every transition of the default definition, between the same
// states) must stay, or the use cases that fire them would find no way forward; validate() refuses a
// definition that could strand a case, and install_definition() one that drops a state open cases are in.
#include <algorithm>
#include <set>
#include <tuple>

#include "core/error.hpp"
#include "workflow/engine.hpp"

namespace zhixie::workflow {

namespace {

void keep_product_steps(const Definition& edited) {
    const auto all = default_definitions();
    auto defaults =
        std::find_if(all.begin(), all.end(), [&](const Definition& d) { return d.code == edited.code; });
    if (defaults == all.end()) return;
    std::set<std::tuple<std::string, std::string, std::string>> have;
    for (const auto& t : edited.transitions)
        have.emplace(t.code, t.from, t.to);
    for (const auto& t : defaults->transitions)
        if (!have.count({t.code, t.from, t.to}))
            throw AppError::unprocessable(
                "invalid_workflow",
                {{"reason", "「" + t.name_zh + "」(" + t.code + ": " + t.from + " → " + t.to +
                                ") is a step the system takes and cannot be removed or moved"}});
}

}  // namespace

nlohmann::json update_definition(storage::Db& db, int64_t committee_id, const audit::Actor& actor,
                                 int64_t definition_id, int64_t version, const nlohmann::json& body) {
    {
        auto tx = db.write();
        auto head = tx.one("SELECT code, version FROM wf_definitions WHERE id = :id AND committee_id = :c",
                           {{"id", definition_id}, {"c", committee_id}});
        if (!head) throw AppError::not_found();
        if (head->i("version") != version)
            throw AppError::conflict("stale_version", {{"current_version", head->i("version")}});
        nlohmann::json j = body;
        j.erase("id");
        j.erase("version");
        j.erase("updated_at");
        j["code"] =
            head->s("code");  // the code names the workflow the product runs; it is not the user's to change
        Definition d = from_json(j);
        keep_product_steps(d);
        install_definition(tx, committee_id, d, actor);
        tx.commit();
    }  // the connection goes back before the read below
    return definition_json(db, committee_id, definition_id);
}

}  // namespace zhixie::workflow
