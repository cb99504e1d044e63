#include <map>

#include "domains/org/org.hpp"
#include "domains/org/staffing.hpp"

namespace zhixie::org {

namespace {

struct Person {
    std::string name;
    std::string post;
};

nlohmann::json people_json(const std::vector<int64_t>& ids, const std::map<int64_t, Person>& people) {
    nlohmann::json out = nlohmann::json::array();
    for (int64_t id : ids)
        out.push_back({{"id", id}, {"name", people.at(id).name}, {"post", people.at(id).post}});
    return out;
}

}  // namespace

nlohmann::json staffing(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    const storage::Params c{{"c", me.committee_id}};
    std::map<int64_t, std::vector<AuthorisedPost>> posts;
    for (const auto& r :
         tx.query("SELECT p.body_id, p.post_kind, p.title, p.authorised FROM body_posts p "
                  "WHERE p.committee_id = :c "
                  "ORDER BY p.body_id, CASE p.post_kind WHEN 'leader' THEN 0 ELSE 1 END, p.id",
                  c))
        posts[r.i("body_id")].push_back({r.s("post_kind"), r.s("title"), r.i("authorised")});
    std::map<int64_t, std::vector<PersonInPost>> in_body;
    std::map<int64_t, Person> people;
    int64_t without_body = 0;
    for (const auto& r :
         tx.query("SELECT id, name, post, body_id FROM staff WHERE committee_id = :c AND status = '在职' "
                  "ORDER BY name_pinyin, id",
                  c)) {
        people[r.i("id")] = {r.s("name"), r.s("post")};
        if (auto b = r.opt_i("body_id"))
            in_body[*b].push_back({r.i("id"), r.s("post")});
        else
            ++without_body;
    }
    nlohmann::json items = nlohmann::json::array();
    int64_t authorised = 0, filled = 0, vacancies = 0, over = 0, one_person = 0;
    std::map<std::string, int64_t> kinds;
    for (const auto& b :
         tx.query("SELECT id, name, kind FROM bodies WHERE committee_id = :c AND abolished_on IS NULL "
                  "ORDER BY sort, id",
                  c)) {
        const int64_t id = b.i("id");
        const BodyStaffing s = compute_staffing(posts[id], in_body[id]);
        nlohmann::json post_items = nlohmann::json::array();
        for (const auto& f : s.posts)
            post_items.push_back({{"post_kind", f.post.post_kind},
                                  {"title", f.post.title},
                                  {"authorised", f.post.authorised},
                                  {"filled", f.filled},
                                  {"vacancies", f.vacancies},
                                  {"over", f.over},
                                  {"people", people_json(f.people, people)}});
        items.push_back({{"body_id", id},
                         {"name", b.s("name")},
                         {"kind", b.s("kind")},
                         {"authorised", s.authorised},
                         {"filled", s.filled},
                         {"vacancies", s.vacancies},
                         {"over", s.over},
                         {"one_person", s.one_person},
                         {"posts", post_items},
                         {"unmatched", people_json(s.unmatched, people)}});
        authorised += s.authorised;
        filled += s.filled;
        vacancies += s.vacancies;
        over += s.over;
        one_person += s.one_person ? 1 : 0;
        ++kinds[b.s("kind")];
    }
    return {{"items", items},
            {"total", items.size()},
            {"totals",
             {{"bodies", items.size()},
              {"authorised", authorised},
              {"filled", filled},
              {"vacancies", vacancies},
              {"over", over},
              {"one_person_bodies", one_person},
              {"staff_without_body", without_body}}},
            {"structure",
             {{"offices", kinds["office"]},
              {"special_committees", kinds["special_committee"]},
              {"centres", kinds["centre"]},
              {"label", structure_label(kinds["office"], kinds["special_committee"], kinds["centre"])}}}};
}

}  // namespace zhixie::org
