#include "audit/audit_log.hpp"
#include "domains/info/info.hpp"

namespace zhixie::info {

nlohmann::json select_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, int64_t version, const std::string& analysis) {
    auto tx = db.write();
    auto it = load_item(tx, me.committee_id, id);
    expect_version(it, version);
    if (it.state != "submitted") throw AppError::conflict("info_item_not_open", {{"state", it.state}});
    FieldErrors e;
    check::required(e, "analysis", analysis, 2000);
    e.throw_if_any(lang, labels());
    tx.exec("UPDATE info_items SET analysis = :a WHERE id = :id", {{"a", analysis}, {"id", id}});
    touch(tx, id, "selected");
    audit::append(tx, actor, "info_item.selected", "info_item", std::to_string(id), {{"analysis", analysis}});
    auto out = item_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
