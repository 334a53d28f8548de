"""Page-number pagination for every list of the API.

``?page=2&page_size=100``: the page size is capped so one request cannot ask
for the whole corpus at once.
"""

from rest_framework.pagination import PageNumberPagination


class ConcordPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
