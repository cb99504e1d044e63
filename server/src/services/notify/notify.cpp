#include "services/notify/notify.hpp"

#include "core/clock.hpp"

namespace zhixie::notify {

int64_t send(storage::Tx& tx, const Message& m, const std::vector<int64_t>& user_ids) {
    int64_t written = 0;
    std::string now = clock::now_iso();
    for (int64_t user : user_ids) {
        if (m.dedup_key && tx.one("SELECT id FROM notifications WHERE user_id = :u AND dedup_key = :k",
                                  {{"u", user}, {"k", *m.dedup_key}}))
            continue;
        storage::Value key = m.dedup_key ? storage::Value{*m.dedup_key} : storage::Value{};
        written += tx.exec(
            "INSERT INTO notifications (committee_id, user_id, kind, title, body, link, dedup_key, "
            "created_at) "
            "SELECT :c, u.id, :k, :t, :b, :l, :key, :now FROM users u WHERE u.id = :u AND u.committee_id = "
            ":c",
            {{"c", m.committee_id},
             {"k", m.kind},
             {"t", m.title},
             {"b", m.body},
             {"l", m.link},
             {"key", key},
             {"now", now},
             {"u", user}});
    }
    return written;
}

std::vector<int64_t> users_of_members(storage::Tx& tx, int64_t committee_id,
                                      const std::vector<int64_t>& member_ids) {
    std::vector<int64_t> users;
    for (int64_t member : member_ids) {
        auto r =
            tx.one("SELECT user_id FROM members WHERE id = :m AND committee_id = :c AND user_id IS NOT NULL",
                   {{"m", member}, {"c", committee_id}});
        if (r) users.push_back(r->i("user_id"));
    }
    return users;
}

nlohmann::json inbox(storage::Tx& tx, int64_t committee_id, int64_t user_id, bool unread_only, int64_t page,
                     int64_t page_size) {
    std::string where = "committee_id = :c AND user_id = :u";
    if (unread_only) where += " AND read_at IS NULL";
    storage::Params p = {{"c", committee_id}, {"u", user_id}};
    int64_t total = tx.one("SELECT COUNT(*) AS n FROM notifications WHERE " + where, p)->i("n");
    int64_t unread = tx.one(
                           "SELECT COUNT(*) AS n FROM notifications WHERE committee_id = :c AND user_id = :u "
                           "AND read_at IS "
                           "NULL",
                           p)
                         ->i("n");
    storage::Params pp = p;
    pp.emplace_back("lim", page_size);
    pp.emplace_back("off", (page - 1) * page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, kind, title, body, link, created_at, read_at FROM notifications WHERE " +
                      where + " ORDER BY id DESC LIMIT :lim OFFSET :off",
                  pp))
        items.push_back(r.json());
    return {{"items", items}, {"total", total}, {"unread", unread}};
}

int64_t mark_read(storage::Tx& tx, int64_t committee_id, int64_t user_id, std::optional<int64_t> id) {
    storage::Params p = {{"c", committee_id}, {"u", user_id}, {"now", clock::now_iso()}};
    std::string sql =
        "UPDATE notifications SET read_at = :now WHERE committee_id = :c AND user_id = :u AND read_at IS "
        "NULL";
    if (id) {
        sql += " AND id = :id";
        p.emplace_back("id", *id);
    }
    return tx.exec(sql, p);
}

}  // namespace zhixie::notify
