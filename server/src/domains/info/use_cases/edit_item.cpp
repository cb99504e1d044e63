#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"

namespace zhixie::info {

nlohmann::json edit_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         int64_t id, int64_t version, const Draft& d) {
    auto tx = db.write();
    auto it = load_item(tx, me.committee_id, id);
    expect_version(it, version);
    if (it.state == "merged") throw AppError::conflict("info_item_merged");
    FieldErrors e;
    check::required(e, "title", d.title, 100);
    if (check::required(e, "text", d.text, 100000))
        check_length(e, "text", d.text, max_chars_of(tx, me.committee_id));
    e.throw_if_any(lang, labels());
    tx.exec("UPDATE info_items SET title = :t, text = :x, edited_by = :u, edited_at = :now WHERE id = :id",
            {{"t", d.title}, {"x", d.text}, {"u", me.user_id}, {"now", clock::now_iso()}, {"id", id}});
    touch(tx, id);
    audit::append(tx, actor, "info_item.edited", "info_item", std::to_string(id),
                  {{"before", it.title}, {"title", d.title}});
    auto out = item_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
