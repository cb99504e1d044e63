#include "core/error.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

nlohmann::json body_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto row = tx.one(
        "SELECT id, name, kind, established_on, abolished_on, sort, version, created_at, updated_at "
        "FROM bodies WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!row) throw AppError::not_found();
    auto o = row->json();
    o["active"] = row->is_null("abolished_on");
    int64_t authorised = 0;
    nlohmann::json posts = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, post_kind, title, authorised FROM body_posts WHERE body_id = :b "
                  "ORDER BY CASE post_kind WHEN 'leader' THEN 0 ELSE 1 END, id",
                  {{"b", id}})) {
        posts.push_back(r.json());
        authorised += r.i("authorised");
    }
    o["posts"] = posts;
    o["authorised"] = authorised;
    nlohmann::json staff = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, name, post, rank FROM staff WHERE committee_id = :c AND body_id = :b "
                  "AND status = '在职' ORDER BY name_pinyin, id",
                  {{"c", committee_id}, {"b", id}}))
        staff.push_back(r.json());
    o["staff"] = staff;
    nlohmann::json events = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT e.id, e.body_id, e.event, e.on_date, e.old_name, e.new_name, e.note, e.related_body_id, "
             "r.name AS related_body_name FROM body_events e LEFT JOIN bodies r ON r.id = e.related_body_id "
             "WHERE e.committee_id = :c AND (e.body_id = :b OR e.related_body_id = :b) ORDER BY e.on_date, "
             "e.id",
             {{"c", committee_id}, {"b", id}}))
        events.push_back(r.json());
    o["events"] = events;
    return o;
}

nlohmann::json get_body(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return body_json(tx, me.committee_id, id);
}

nlohmann::json list_bodies(storage::Db& db, const auth::Principal& me, bool include_abolished) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    const std::string where = include_abolished ? "" : " AND b.abolished_on IS NULL";
    for (const auto& r :
         tx.query("SELECT b.id, b.name, b.kind, b.established_on, b.abolished_on, b.sort, b.version, "
                  "(SELECT COALESCE(SUM(p.authorised), 0) FROM body_posts p WHERE p.body_id = b.id) AS "
                  "authorised, "
                  "(SELECT COUNT(*) FROM staff s WHERE s.committee_id = b.committee_id AND s.body_id = b.id "
                  "AND s.status = '在职') AS staff_count FROM bodies b WHERE b.committee_id = :c" +
                      where + " ORDER BY CASE WHEN b.abolished_on IS NULL THEN 0 ELSE 1 END, b.sort, b.id",
                  {{"c", me.committee_id}})) {
        auto o = r.json();
        o["authorised"] = r.i("authorised");
        o["staff_count"] = r.i("staff_count");
        o["active"] = r.is_null("abolished_on");
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::org
