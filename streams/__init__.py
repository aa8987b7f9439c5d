"""newsalerts: scraped news posts in, event alerts out.

The package reads in the order a post travels:
``intake`` (validate raw bytes) → ``clean`` (main text, boilerplate, glued articles)
→ ``extract`` (entities, events) → ``cluster`` → ``alert`` → ``deliver``.
``app`` declares the faust app, its topics and its agents; ``kafka`` runs a local broker.
"""

__version__ = "0.1.0"
