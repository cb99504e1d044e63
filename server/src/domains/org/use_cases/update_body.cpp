#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

nlohmann::json update_body(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                           const BodyChange& c) {
    if (c.kind) check_choice("kind", *c.kind, kBodyKinds);
    auto tx = db.write();
    nlohmann::json before = body_json(tx, me.committee_id, c.id);  // 404 for other committees
    check_version(before, c.version);
    const std::string old_name = before["name"];
    const bool renamed = c.name && text::trim(*c.name) != old_name;
    if (renamed && !before["active"].get<bool>()) throw AppError::conflict("body_abolished");
    Changes changes{{"updated_at", clock::now_iso()}};
    if (c.kind) changes.emplace_back("kind", *c.kind);
    if (c.sort) changes.emplace_back("sort", *c.sort);
    update_versioned(tx, "bodies", me.committee_id, c.id, c.version, changes);
    if (renamed) {
        const std::string on = check_date("on_date", c.on_date.value_or(clock::today_cst()), true);
        rename_body(tx, me.committee_id, c.id, old_name, text::trim(*c.name), on, c.note.value_or(""));
    }
    nlohmann::json after = body_json(tx, me.committee_id, c.id);
    auto summary = [](const nlohmann::json& b) {
        return nlohmann::json{{"name", b["name"]}, {"kind", b["kind"]}, {"sort", b["sort"]}};
    };
    audit::append(tx, actor, "body.updated", "body", std::to_string(c.id),
                  {{"before", summary(before)}, {"after", summary(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::org
