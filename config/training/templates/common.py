"""Slots shared by every template module: names, numbers, dates. Callables take the rng and return text."""


def _digits(n):
    return lambda rng: str(rng.randrange(10 ** (n - 1), 10 ** n))


def _order(rng):
    n = str(rng.randrange(100000, 99999999))
    return rng.choice(["№" + n, "№ " + n, n, "#" + n, "№" + n[:3] + "-" + n[3:]])


def _order_en(rng):
    n = str(rng.randrange(100000, 99999999))
    return rng.choice(["#" + n, n, "#" + n[:3] + "-" + n[3:], "no. " + n, "ORD-" + n])


def _track(rng):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(letters) + rng.choice(letters) + str(rng.randrange(100000000, 999999999))
            + rng.choice(["RU", "CN", "GB", "US", "DE"]))


def _money_ru(rng):
    v = rng.choice([490, 790, 990, 1290, 1490, 1990, 2490, 3990, 4590, 5990, 7990, 12990, 18990, 24990, 39990])
    return rng.choice([f"{v} руб.", f"{v} ₽", f"{v} рублей", f"{v:,}".replace(",", " ") + " ₽"])


def _money_en(rng):
    v = rng.choice([9, 14, 19, 24, 29, 39, 49, 59, 79, 99, 129, 149, 199, 249, 399, 599])
    return rng.choice([f"${v}", f"${v}.99", f"{v} USD", f"£{v}", f"€{v}", f"${v}.00"])


def _money_zh(rng):
    v = rng.choice([39, 59, 89, 99, 129, 199, 299, 399, 599, 899, 1299, 2499])
    return rng.choice([f"{v}元", f"¥{v}", f"{v}块", f"{v}块钱"])


def _url(rng):
    host = rng.choice(["shop.example.com", "www.example-store.com", "store.example.org", "example.shop",
                       "m.example-market.ru", "shop.example.ru", "example.cn", "www.example-mall.cn"])
    path = rng.choice(["p", "product", "item", "catalog", "goods", "sku"])
    slug = rng.choice(["", "", "", "pro-", "x-", "lite-", "set-"]) + str(rng.randrange(100, 999999))
    return rng.choice(["https://", "https://", "http://", ""]) + host + "/" + path + "/" + slug


SLOTS = {
    "url": _url,
    "d2": lambda rng: str(rng.randrange(2, 30)),
    "d3": _digits(3),
    "d4": _digits(4),
    "d6": _digits(6),
    "ord": _order,
    "ord_en": _order_en,
    "track": _track,
    "rub": _money_ru,
    "usd": _money_en,
    "cny": _money_zh,
    "hour": lambda rng: str(rng.randrange(9, 21)),
    "nday": lambda rng: str(rng.choice([2, 3, 5, 7, 10, 14])),
    "ru_name": ["Анна", "Игорь", "Мария", "Дмитрий", "Ольга", "Сергей", "Екатерина", "Алексей", "Наталья", "Павел",
                "Юлия", "Андрей", "Татьяна", "Максим", "Елена", "Никита", "Светлана", "Артём", "Ирина", "Владимир",
                "Ксения", "Роман", "Дарья", "Евгений", "Алина", "Тимур", "Вера", "Григорий", "Полина", "Константин"],
    "ru_op": ["Анна", "Игорь", "Марина", "Денис", "Ольга", "Кирилл", "Виктория", "Олег", "Алёна", "Станислав",
              "Людмила", "Илья", "София", "Вадим"],
    "en_name": ["John", "Priya", "Emma", "Michael", "Sarah", "David", "Aisha", "Carlos", "Olivia", "James", "Mei",
                "Tom", "Fatima", "Lucas", "Hannah", "Raj", "Sophie", "Daniel", "Grace", "Omar", "Chloe", "Ben",
                "Isabella", "Kenji", "Laura", "Mark", "Nina", "Peter", "Zoe", "Ahmed"],
    "en_op": ["Jessica", "Ryan", "Megan", "Kevin", "Alex", "Sam", "Rachel", "Chris", "Nicole", "Jordan", "Ella",
              "Victor", "Tara", "Luke"],
    "zh_name": ["王先生", "李女士", "张先生", "刘女士", "陈先生", "杨女士", "赵先生", "黄女士", "周先生", "吴女士"],
}

# Words that keep their capital letter when a fragment is joined after a comma.
KEEP_CASE = tuple(SLOTS["ru_name"]) + tuple(SLOTS["ru_op"]) + tuple(SLOTS["en_name"]) + tuple(SLOTS["en_op"]) + (
    "I", "I'm", "I'll", "I've", "I'd", "SMS", "PDF", "QR", "ID", "OK", "Wi-Fi", "FAQ", "iPhone", "Android", "iOS",
    "Google", "Apple", "PayPal", "Visa", "Mastercard", "Wikipedia", "WikiProject",
)


def sales_compose(opener, positive, negative, tail, noise):
    """The COMPOSE recipe of every sales-intent module: an optional greeting, one or two fragments of the label's
    groups and an optional tail, or a single bare fragment."""
    def recipes(groups):
        return [(5, {"parts": [{"p": 0.3, "groups": opener}, {"groups": groups}, {"p": 0.15, "groups": groups},
                               {"p": 0.15, "groups": tail}], "noise": noise}),
                (2, {"parts": [{"groups": groups}], "noise": noise})]
    return {1: recipes(positive), 0: recipes(negative)}


def politeness_compose(greet, address, polite_core, polite_tail, rude_prefix, rude_core, rude_tail, noise_polite,
                       noise_rude):
    """The COMPOSE recipe of the en and ru politeness modules: polite messages as an optional greeting and address,
    one or two polite fragments and an optional tail; rude ones as a rude fragment or two with an optional prefix and
    tail, a greeting followed by rudeness, or rudeness dressed in a polite closing."""
    return {
        1: [
            (6, {"parts": [{"p": 0.3, "groups": greet}, {"p": 0.12, "groups": address}, {"groups": polite_core},
                           {"p": 0.25, "groups": polite_core}, {"p": 0.25, "groups": polite_tail}],
                 "noise": noise_polite}),
            (2, {"parts": [{"groups": polite_core}], "noise": noise_polite}),
        ],
        0: [
            (6, {"parts": [{"p": 0.25, "groups": rude_prefix}, {"groups": rude_core}, {"p": 0.25, "groups": rude_core},
                           {"p": 0.25, "groups": rude_tail}], "noise": noise_rude}),
            (1, {"parts": [{"p": 0.5, "groups": greet}, {"groups": rude_core}], "noise": noise_rude}),
            (1, {"parts": [{"groups": rude_core}, {"groups": polite_tail}], "noise": noise_rude}),
            (2, {"parts": [{"groups": rude_core}], "noise": noise_rude}),
        ],
    }
