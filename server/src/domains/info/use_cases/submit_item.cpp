#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::info {

nlohmann::json submit_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const Draft& d) {
    auto tx = db.write();
    FieldErrors e;
    std::optional<int64_t> member;
    if (!d.member_id) {
        member = member_of(tx, me);
        if (!member) throw AppError(403, "not_a_member");
    } else if (!me.has("info:item:manage")) {
        throw AppError::forbidden();
    } else if (tx.one("SELECT id FROM members WHERE id = :id AND committee_id = :c",
                      {{"id", *d.member_id}, {"c", me.committee_id}})) {
        member = d.member_id;
    } else {
        e.add("member_id", "field_unknown_ref", {{"value", *d.member_id}});
    }
    check::required(e, "title", d.title, 100);
    if (check::required(e, "text", d.text, 100000))
        check_length(e, "text", d.text, max_chars_of(tx, me.committee_id));
    e.throw_if_any(lang, labels());
    const std::string today = clock::today_cst(), now = clock::now_iso();
    const int year = std::stoi(today.substr(0, 4));
    int64_t id = tx.insert(
        "INSERT INTO info_items (committee_id, year, title, original_title, original_text, text, "
        "submitted_on, "
        "submitted_by, created_at, updated_at) VALUES (:c, :y, :t, :t, :x, :x, :d, :u, :now, :now) RETURNING "
        "id",
        {{"c", me.committee_id},
         {"y", year},
         {"t", d.title},
         {"x", d.text},
         {"d", today},
         {"u", me.user_id},
         {"now", now}});
    tx.exec(
        "INSERT INTO info_submitters (committee_id, item_id, member_id, original_item_id) VALUES (:c, :id, "
        ":m, "
        ":id)",
        {{"c", me.committee_id}, {"id", id}, {"m", *member}});
    duty::record(tx, {me.committee_id, *member, duty::kind::info_submitted, "info", id, today,
                      "报送社情民意信息《" + d.title + "》"});
    audit::append(tx, actor, "info_item.submitted", "info_item", std::to_string(id),
                  {{"title", d.title}, {"member_id", *member}});
    auto out = item_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
