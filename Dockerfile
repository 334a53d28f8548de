# Concord web app: gunicorn + whitenoise, PostgreSQL from DATABASE_URL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DEBUG=false
WORKDIR /app

COPY requirements.lock pyproject.toml ./
RUN pip install --no-cache-dir -r requirements.lock

COPY --chown=10001:10001 . .
RUN SECRET_KEY=build-only-collectstatic-key-0123456789-abcdefghijklmnopqrstuvwxyz \
    DATABASE_URL=postgres://build@localhost/build python manage.py collectstatic --noinput

RUN useradd --create-home --uid 10001 concord && chown concord /app
USER concord
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py createcachetable && python manage.py load_sample_corpus && python manage.py find_series && python manage.py rebuild_search_index && exec gunicorn -c config/gunicorn.py --bind 0.0.0.0:8000 --access-logfile - config.wsgi:application"]
