#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"

namespace zhixie::info {

nlohmann::json merge_items(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const std::vector<int64_t>& ids, const Draft& d) {
    FieldErrors e;
    if (ids.size() < 2 || std::set<int64_t>(ids.begin(), ids.end()).size() != ids.size())
        e.add("ids", "info_merge_needs_two");
    auto tx = db.write();
    if (!d.text.empty()) check_length(e, "text", d.text, max_chars_of(tx, me.committee_id));
    if (!d.title.empty()) check::required(e, "title", d.title, 100);
    e.throw_if_any(lang, labels());
    std::vector<Item> items;
    for (int64_t id : ids)
        items.push_back(load_item(tx, me.committee_id, id));  // 404 for another committee's
    for (const auto& it : items)
        if (it.state == "merged" || it.state == "adopted")
            throw AppError::conflict("info_item_not_open", {{"state", it.state}, {"title", it.title}});
    const int64_t target = ids.front();
    const std::string now = clock::now_iso();
    if (!d.title.empty() || !d.text.empty())
        tx.exec(
            "UPDATE info_items SET title = CASE WHEN :t = '' THEN title ELSE :t END, text = CASE WHEN :x = "
            "'' "
            "THEN text ELSE :x END, edited_by = :u, edited_at = :now WHERE id = :id",
            {{"t", d.title}, {"x", d.text}, {"u", me.user_id}, {"now", now}, {"id", target}});
    std::set<int64_t> credited;
    for (int64_t m : submitters(tx, me.committee_id, target))
        credited.insert(m);
    for (size_t k = 1; k < items.size(); ++k) {
        const int64_t from = items[k].id;
        for (const auto& r :
             tx.query("SELECT member_id, original_item_id FROM info_submitters WHERE item_id = :id",
                      {{"id", from}}))
            if (credited.insert(r.i("member_id")).second)
                tx.exec(
                    "INSERT INTO info_submitters (committee_id, item_id, member_id, original_item_id) VALUES "
                    "(:c, :t, :m, :o)",
                    {{"c", me.committee_id},
                     {"t", target},
                     {"m", r.i("member_id")},
                     {"o", r.i("original_item_id")}});
        tx.exec("UPDATE info_items SET merged_into = :t WHERE id = :id", {{"t", target}, {"id", from}});
        // items merged into this one before follow it
        tx.exec("UPDATE info_items SET merged_into = :t WHERE merged_into = :id",
                {{"t", target}, {"id", from}});
        touch(tx, from, "merged");
    }
    touch(tx, target);
    audit::append(tx, actor, "info_item.merged", "info_item", std::to_string(target),
                  {{"ids", ids}, {"submitters", credited.size()}});
    auto out = item_json(tx, me.committee_id, target);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
