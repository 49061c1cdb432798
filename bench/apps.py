from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Installed only by bench.stock_settings (the stock haystack comparison site)."""

    name = "bench"
    label = "bench"

    def ready(self) -> None:
        # As the usual "whoosh_cn_backend" copy does: haystack's highlighter analyses the
        # query with StemmingAnalyzer (English); make it jieba's ChineseAnalyzer.
        import haystack.backends.whoosh_backend as stock
        from jieba.analyse import ChineseAnalyzer

        stock.StemmingAnalyzer = ChineseAnalyzer
